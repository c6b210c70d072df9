package io.tresor.web.rest;

import io.tresor.application.shared.Settings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * The last touch to {@code /openapi} (MicroProfile OpenAPI filter, {@code mp.openapi.filter}):
 * <ul>
 * <li>the one server is {@code TRESOR_PUBLIC_URL} (HTTPS), not the listeners Payara finds, and the
 *     token URL is absolute under it;</li>
 * <li>the refusals every operation shares are added once here: 401/403/429 of the bearer token to
 *     every operation that needs one, the 400 of a JSON body to every operation that takes one;</li>
 * <li>each problem answer gets one example per stable code its description names in backquotes,
 *     e.g. {@code `asset.notFound` (no such asset)};</li>
 * <li>attributes Payara writes for every {@code @Schema} annotation whether set or not
 *     ({@code maxProperties: 0} would even forbid every property) are removed again, and so are a
 *     tag listed once per resource class that names it and Payara's own {@code endpoints} member,
 *     which is no part of OpenAPI (parsers report both).</li>
 * </ul>
 */
public class OpenApiContract implements OASFilter {

    private static final Pattern CODE = Pattern.compile("`([a-z][A-Za-z_]*(?:\\.[A-Za-z]+)?)`(?:\\s*\\(([^)]*)\\))?");
    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        String base = new Settings().publicUrl().replaceFirst("/+$", "");
        api.setServers(List.of(OASFactory.createServer().url(base).description("Tresor")));
        if (api.getTags() != null) {
            Map<String, Tag> tags = new LinkedHashMap<>();
            api.getTags().forEach(t -> tags.merge(t.getName(), t, (a, b) -> a.getDescription() != null ? a : b));
            api.setTags(new ArrayList<>(tags.values()));
        }
        withoutPayaraEndpoints(api);
        SecurityScheme oauth2 = api.getComponents().getSecuritySchemes().get(Api.OAUTH2);
        if (oauth2 != null && oauth2.getFlows() != null && oauth2.getFlows().getClientCredentials() != null) {
            oauth2.getFlows().getClientCredentials().setTokenUrl(base + ApiApplication.TOKEN_PATH);
        }
    }

    /** Payara's model has an {@code endpoints} map beside the OpenAPI members; empty, it is not written. */
    private static void withoutPayaraEndpoints(OpenAPI api) {
        try {
            api.getClass().getMethod("setEndpoints", Map.class).invoke(api, new TreeMap<>());
        } catch (ReflectiveOperationException e) {
            // Another implementation: it has no such member to remove.
        }
    }

    @Override
    public Operation filterOperation(Operation operation) {
        if (Boolean.FALSE.equals(operation.getDeprecated())) {
            operation.setDeprecated(null);
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        if (needsBearerToken(operation)) {
            add(responses, "401", "`token.missing` (no bearer token); `token.invalid` (expired, forged, or its client "
                    + "is disabled)");
            add(responses, "403", "`scope.missing` (the token lacks the operation's scope); `address.notAllowed` (the "
                    + "request comes from outside the client's allow-list); `access.denied` (not allowed for this client)");
            add(responses, "429", "`rate.limited` (above the client's rate limit; see Retry-After)");
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().hasMediaType(Api.JSON)) {
            add(responses, "400", "`body.malformed` (not a JSON object); `body.fieldInvalid` (a field of the wrong type "
                    + "or form); `body.fieldMissing` (a required field is missing)");
        }
        responses.getAPIResponses().forEach(OpenApiContract::examples);
        return operation;
    }

    private static boolean needsBearerToken(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        return security != null && security.stream().anyMatch(r -> r.hasScheme(Api.OAUTH2));
    }

    /** Adds the response, or joins its description to the one the operation declares for the status. */
    private static void add(APIResponses responses, String status, String description) {
        APIResponse declared = responses.getAPIResponse(status);
        if (declared == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                    .content(OASFactory.createContent().addMediaType(PROBLEM,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)))));
        } else if (declared.getDescription() == null || !declared.getDescription().contains(description)) {
            declared.setDescription(declared.getDescription() == null ? description
                    : declared.getDescription() + "; " + description);
        }
    }

    /** One example per stable code of a problem answer; the OAuth2 answers name their error instead. */
    private static void examples(String status, APIResponse response) {
        Content content = response.getContent();
        MediaType problem = content == null ? null : content.getMediaType(PROBLEM);
        if (problem == null || problem.getSchema() == null || !PROBLEM_REF.equals(problem.getSchema().getRef())
                || response.getDescription() == null || !status.matches("\\d{3}")) {
            return;
        }
        Matcher code = CODE.matcher(response.getDescription());
        while (code.find()) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("type", "about:blank");
            value.put("title", title(Integer.parseInt(status)));
            value.put("status", Integer.parseInt(status));
            if (code.group(2) != null) {
                value.put("detail", Character.toUpperCase(code.group(2).charAt(0)) + code.group(2).substring(1));
            }
            value.put("code", code.group(1));
            problem.addExample(code.group(1), OASFactory.createExample().value(value));
        }
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 429 -> "Too Many Requests";
            default -> "Refused";
        };
    }

    /** Parameters: Payara writes defaults of numbers as strings and the flags that are false anyway. */
    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (Boolean.FALSE.equals(parameter.getDeprecated())) {
            parameter.setDeprecated(null);
        }
        if (Boolean.FALSE.equals(parameter.getAllowEmptyValue())) {
            parameter.setAllowEmptyValue(null);
        }
        if (Boolean.FALSE.equals(parameter.getAllowReserved())) {
            parameter.setAllowReserved(null);
        }
        Schema schema = parameter.getSchema();
        if (schema != null && schema.getType() == Schema.SchemaType.INTEGER && schema.getDefaultValue() instanceof String d
                && d.matches("-?\\d+")) {
            schema.setDefaultValue(new BigDecimal(d).intValueExact());
        }
        return parameter;
    }

    /** Headers of answers: Payara writes the parameter-only flags too. */
    @Override
    public Header filterHeader(Header header) {
        if (Boolean.FALSE.equals(header.getAllowEmptyValue())) {
            header.setAllowEmptyValue(null);
        }
        if (Boolean.FALSE.equals(header.getDeprecated())) {
            header.setDeprecated(null);
        }
        if (Boolean.FALSE.equals(header.getRequired())) {
            header.setRequired(null);
        }
        return header;
    }

    @Override
    public Schema filterSchema(Schema schema) {
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        return schema;
    }
}
