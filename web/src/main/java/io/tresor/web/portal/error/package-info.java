/** The portal's error pages: an incident id for the person, the details only in the log. */
package io.tresor.web.portal.error;
