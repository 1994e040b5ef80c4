using System.Globalization;
using System.Threading.RateLimiting;
using Etiquette.Api.Classification;
using Etiquette.Api.Errors;
using Etiquette.Api.Feedback;
using Etiquette.Api.OpenApi;
using Etiquette.Api.Options;
using Etiquette.Api.Requests;
using Etiquette.Api.Security;
using Etiquette.Api.Storage;
using Etiquette.Core.Engine;
using Etiquette.Core.Serialization;
using Etiquette.Rules;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Etiquette.Api.Hosting;

/// <summary>Everything the service is made of, registered from configuration section <c>Etiquette</c>.</summary>
public static class EtiquetteServices
{
    public const string RateLimitPolicy = "per-client";

    public static WebApplicationBuilder AddEtiquetteApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<EtiquetteOptions>().Bind(builder.Configuration.GetSection(EtiquetteOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EtiquetteOptions>, EtiquetteOptionsValidator>();
        services.AddOptions<KestrelServerOptions>()
            .Configure<IOptions<EtiquetteOptions>>((kestrel, options) => kestrel.Limits.MaxRequestBodySize = options.Value.Limits.MaxBodyBytes);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(CreateLinter);
        services.TryAddSingleton<IModelLoader, ArchiveModelLoader>();
        services.AddSingleton<ModelHost>();
        services.AddSingleton<ClassifierGuard>();
        services.AddSingleton<JsonBody>();
        services.AddSingleton<DraftRequests>();
        services.AddSingleton<DataProtectionMasker>();
        services.AddSingleton<FeedbackRecorder>();
        services.AddSingleton(CreateDatabase);
        services.AddSingleton(provider => new FeedbackStore(
            provider.GetRequiredService<FeedbackDatabase>(),
            provider.GetRequiredService<IOptions<EtiquetteOptions>>().Value.Storage,
            provider.GetRequiredService<TimeProvider>()));
        services.AddHostedService<StartupTasks>();

        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
            // The same characters as the CLI writes: answers are JSON for programs, never pasted into HTML unescaped.
            json.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, EtiquetteJsonContext.Default);
            json.SerializerOptions.TypeInfoResolverChain.Insert(1, ApiJsonContext.Default);
        });
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = ProblemExceptionHandler.ExplainFrameworkProblems);
        services.AddExceptionHandler<ProblemExceptionHandler>();

        services.AddSingleton<ApiKeyRing>();
        services.AddSingleton<ListeningAddresses>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(ApiAccess.AddPolicies);
        services.AddSingleton<IAuthorizationHandler, ApiRoleHandler>();

        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy<RateLimitClient, PerClientRateLimit>(RateLimitPolicy);
            limiter.OnRejected = RejectWithProblem;
        });
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<EtiquetteOptions>>((cors, options) => cors.AddDefaultPolicy(policy => policy
                .WithOrigins(options.Value.CorsOrigins.ToArray())
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders("Content-Type", ApiKeyRing.Header)
                .WithExposedHeaders("Retry-After")));
        services.AddEndpointsApiExplorer();
        services.AddEtiquetteSwagger();
        return builder;
    }

    private static Linter CreateLinter(IServiceProvider provider)
    {
        var folder = provider.GetRequiredService<IOptions<EtiquetteOptions>>().Value.ProfileDirectory;
        var root = provider.GetRequiredService<IHostEnvironment>().ContentRootPath;
        return EtiquetteRules.CreateLinter(string.IsNullOrEmpty(folder) ? null : Path.GetFullPath(folder, root));
    }

    private static FeedbackDatabase CreateDatabase(IServiceProvider provider)
    {
        var storage = provider.GetRequiredService<IOptions<EtiquetteOptions>>().Value.Storage;
        return storage.ResolvedProvider switch
        {
            StorageProvider.PostgreSql => new PostgresFeedbackDatabase(storage.ConnectionString),
            _ => new SqliteFeedbackDatabase(storage.ConnectionString, provider.GetRequiredService<IHostEnvironment>().ContentRootPath),
        };
    }

    private static async ValueTask RejectWithProblem(OnRejectedContext rejected, CancellationToken cancellation)
    {
        var http = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = ProblemExceptionHandler.Problem(
                StatusCodes.Status429TooManyRequests, "Too many requests", $"The request limit is reached; try again in {seconds} s.", null),
        });
    }
}
