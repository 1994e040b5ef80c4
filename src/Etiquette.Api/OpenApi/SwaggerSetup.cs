using Etiquette.Api.Security;
using Microsoft.OpenApi;

namespace Etiquette.Api.OpenApi;

/// <summary>The OpenAPI document (<c>/swagger/v1/swagger.json</c>) and Swagger UI (<c>/swagger</c>).</summary>
public static class SwaggerSetup
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddEtiquetteSwagger(this IServiceCollection services) =>
        services.AddSwaggerGen(swagger =>
        {
            swagger.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "Etiquette API",
                Version = DocumentName,
                Description =
                    "Lints customer-service chat replies the way a compiler checks code: diagnostics with ids, severities, " +
                    "UTF-16 spans and one-click fixes. Errors are RFC 9457 problem details. Send an API key in `X-Api-Key` " +
                    "(agent, trainer or admin); agent endpoints need none only while no agent key is configured and the " +
                    "service listens on loopback addresses only.",
            });
            swagger.AddSecurityDefinition(ApiKeyAuthenticationHandler.SchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyRing.Header,
                Description = "An API key made by `etiquette keys create --role agent|trainer|admin`.",
            });
            swagger.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(ApiKeyAuthenticationHandler.SchemeName, document)] = [],
            });
            swagger.OperationFilter<ExampleFilter>();
        });

    public static WebApplication UseEtiquetteSwagger(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(ui => ui.SwaggerEndpoint($"/swagger/{DocumentName}/swagger.json", "Etiquette API v1"));
        return app;
    }
}
