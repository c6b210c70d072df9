/**
 * What every capability shares and nothing else: the base of expected refusals ({@link
 * io.tresor.application.shared.Refused}) and the paging types of service contracts. Every
 * capability and every channel may depend on it; it depends on no capability.
 */
package io.tresor.application.shared;
