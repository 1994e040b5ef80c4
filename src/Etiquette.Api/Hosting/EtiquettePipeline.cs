using Etiquette.Api.Endpoints;
using Etiquette.Api.Logging;
using Etiquette.Api.OpenApi;

namespace Etiquette.Api.Hosting;

/// <summary>The request pipeline, outermost first, and the endpoints.</summary>
public static class EtiquettePipeline
{
    public static WebApplication UseEtiquetteApi(this WebApplication app)
    {
        app.UseMiddleware<RequestLog>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseEtiquetteSwagger();
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        var v1 = app.MapGroup("/v1").RequireRateLimiting(EtiquetteServices.RateLimitPolicy);
        v1.MapDraftEndpoints();
        v1.MapRuleEndpoints();
        v1.MapProfileEndpoints();
        v1.MapFeedbackEndpoints();
        v1.MapModelEndpoints();
        app.MapHealthEndpoints();
        return app;
    }
}
