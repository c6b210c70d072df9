/**
 * {@code /soap/AssetService}: the installed base for ERP/CRM integrators over SOAP 1.1 (list, get
 * and register assets, a device's status), mapped from the asset and device services' records.
 */
package io.tresor.web.soap.asset;
