package io.tresor.systemtest.services;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The very WAR the launcher runs, plus a test class and its probes, for Arquillian's Payara Micro. */
final class TestDeployment {

    private TestDeployment() {
    }

    static WebArchive of(Class<?>... testClasses) throws IOException {
        Path root = Path.of(System.getProperty("tresor.root", ".."));
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, root.resolve("web/target/tresor.war").toFile());
        // Arquillian's test servlet speaks plain HTTP; only the transport guarantee is relaxed,
        // every role constraint stays as it is.
        String webXml = Files.readString(root.resolve("web/src/main/webapp/WEB-INF/web.xml"), StandardCharsets.UTF_8)
                .replace("<transport-guarantee>CONFIDENTIAL</transport-guarantee>", "<transport-guarantee>NONE</transport-guarantee>");
        // @RunAs needs a principal for the role it runs as; the application maps roles to groups only.
        String roles = Files.readString(root.resolve("web/src/main/webapp/WEB-INF/glassfish-web.xml"), StandardCharsets.UTF_8)
                .replace("<role-name>PLATFORM_ADMIN</role-name>",
                        "<role-name>PLATFORM_ADMIN</role-name><principal-name>probe-admin</principal-name>");
        return war.setWebXML(new StringAsset(webXml)).addAsWebInfResource(new StringAsset(roles), "glassfish-web.xml")
                .addClasses(testClasses);
    }
}
