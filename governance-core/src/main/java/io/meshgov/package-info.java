/**
 * meshgov's shared vocabulary of failure and place: {@link io.meshgov.SourceLocation} (file, line, column),
 * {@link io.meshgov.Problem} (a located message with a stable {@link io.meshgov.Problem.Code} and a
 * {@link io.meshgov.Problem.Level}), and the exceptions that carry problems — {@link io.meshgov.DescriptorException}
 * for a descriptor that cannot be read, {@link io.meshgov.ConfigurationException} for a policy, conventions,
 * baseline or case file, or a rule pack named where there is none, {@link io.meshgov.RuleCompilationException} for
 * rules that do not compile; all are {@link io.meshgov.MeshgovException}s. {@link io.meshgov.ClosestName} finds the name a user most
 * likely meant, for "did you mean" hints.
 */
package io.meshgov;
