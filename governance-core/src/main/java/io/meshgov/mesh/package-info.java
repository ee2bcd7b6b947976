/**
 * The mesh as a graph: the descriptors a run knows ({@link io.meshgov.mesh.Catalog}), and the edges data products
 * draw to the data contracts they consume, which the rules read as facts when an engine judges with a catalog.
 */
package io.meshgov.mesh;
