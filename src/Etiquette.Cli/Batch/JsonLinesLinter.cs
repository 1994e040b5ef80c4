using System.Text.Json;
using Etiquette.Cli.Output;
using Etiquette.Core.Diagnostics;
using Etiquette.Core.Engine;
using Etiquette.Core.Profiles;
using Etiquette.Core.Serialization;

namespace Etiquette.Cli.Batch;

/// <summary>
/// Lints a stream of <c>/v1/lint</c> request bodies, one JSON object a line, and writes one response line for each,
/// in the same order. A bad line gets an error line and the run goes on; blank lines are skipped.
/// </summary>
internal sealed class JsonLinesLinter(Linter linter, Profile defaultProfile, IReadOnlyList<string> extraSuppress)
{
    public const string WholeLine = "$";

    /// <summary>Returns 2 when some line was bad, else 1 when some draft had errors, else 0.</summary>
    public int Run(TextReader input, TextWriter output)
    {
        var anyBadLine = false;
        var anyErrors = false;
        var number = 0;
        while (input.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                var result = Lint(line);
                anyErrors |= result.Count(DiagnosticSeverity.Error) > 0;
                CliJson.WriteLine(output, LintResponse.From(result));
            }
            catch (RequestValidationException e)
            {
                anyBadLine = true;
                CliJson.WriteLine(output, new JsonLineError(new JsonLineErrorDetail(number, e.Field, e.Message)));
            }
        }

        return anyBadLine ? ExitCodes.BadUsage : anyErrors ? ExitCodes.ErrorsFound : ExitCodes.Clean;
    }

    private LintResult Lint(string line)
    {
        LintRequestBody? body;
        try
        {
            body = JsonSerializer.Deserialize(line, EtiquetteJsonContext.Default.LintRequestBody);
        }
        catch (JsonException e)
        {
            throw new RequestValidationException(FieldOf(e.Path), e.Message);
        }

        if (body is null) throw new RequestValidationException(WholeLine, "Each line must be a JSON object.");
        var request = body.Validate();
        var profile = ProfileOf(request.Profile);
        var suppress = (request.Suppress ?? []).Concat(extraSuppress).ToArray();
        try
        {
            return linter.Lint(request with { Suppress = suppress }, profile);
        }
        catch (UnknownRuleException e)
        {
            throw new RequestValidationException("suppress", e.Message);
        }
    }

    private Profile ProfileOf(string? name)
    {
        if (string.IsNullOrEmpty(name)) return defaultProfile;
        try
        {
            return linter.ResolveProfile(name);
        }
        catch (UnknownProfileException e)
        {
            throw new RequestValidationException("profile", e.Message);
        }
    }

    /// <summary>"$.conversation.messages[0].text" → "conversation.messages[0].text", as the API names fields.</summary>
    private static string FieldOf(string? path) =>
        path is null || path == WholeLine ? WholeLine : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
}
