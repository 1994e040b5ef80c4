using System.Diagnostics;
using Etiquette.Core.Diagnostics;

namespace Etiquette.Api.Logging;

/// <summary>
/// One log line per request: method, path, status, timing, sizes, the caller's key name and the rule ids reported.
/// Never the draft: request and response bodies are not read here, and nothing else logs them.
/// </summary>
public sealed partial class RequestLog(RequestDelegate next, ILogger<RequestLog> logger)
{
    private const string RuleIdsKey = "Etiquette.RuleIds";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            await next(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var request = context.Request;
            LogRequest(
                logger,
                request.Method,
                request.Path.Value ?? "",
                context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                request.ContentLength ?? 0,
                context.Response.ContentLength?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?",
                context.User.Identity?.Name ?? "-",
                context.Items[RuleIdsKey] as string ?? "-",
                context.TraceIdentifier);
        }
    }

    /// <summary>Notes the rule ids of a lint for the request's log line.</summary>
    public static void NoteRules(HttpContext context, IEnumerable<Diagnostic> diagnostics)
    {
        if (context.RequestServices.GetRequiredService<ILogger<RequestLog>>().IsEnabled(LogLevel.Information))
            context.Items[RuleIdsKey] = string.Join(',', diagnostics.Select(d => d.Id).Distinct());
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "{Method} {Path} {Status} in {ElapsedMs:0.###} ms; request {RequestBytes} B, response {ResponseBytes} B; key {Client}; rules {RuleIds}; id {RequestId}")]
    private static partial void LogRequest(
        ILogger logger, string method, string path, int status, double elapsedMs, long requestBytes, string responseBytes, string client, string ruleIds, string requestId);
}
