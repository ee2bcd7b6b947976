/** Reading data contracts (ODCS v3) and data products (ODPS) from YAML or JSON, with the location of every value. */
package io.meshgov.read;
