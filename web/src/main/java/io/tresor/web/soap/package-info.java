/**
 * The SOAP channel for ERP/CRM integrators: the fault, scope checks, DTD refusal and cleaned
 * WSDLs shared by every {@code @WebService} under {@code /soap}. Endpoints live in capability
 * sub-packages and depend on it; nothing outside the SOAP channel does.
 */
package io.tresor.web.soap;
