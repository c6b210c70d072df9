/**
 * {@code /soap/AssetService}: the installed base for ERP/CRM integrators over SOAP 1.1 (list, get
 * and register assets, a device's status), mapped from the asset and device services' records.
 * Only {@code WEB-INF/sun-jaxws.xml} refers to it; its WSDL is the contract integrators rely on.
 */
package io.tresor.web.soap.asset;
