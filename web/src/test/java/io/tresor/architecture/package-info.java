/**
 * The architecture rules as tests (ArchUnit): ArchitectureTest applies them to the production
 * classes of every module the web module sees, and RulesCatchViolationsTest proves each on a
 * fixture that breaks it. Test sources only.
 */
package io.tresor.architecture;
