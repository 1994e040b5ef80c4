using Etiquette.Core.Diagnostics;
using Etiquette.Core.Profiles;
using Etiquette.Core.Serialization;
using Spectre.Console;

namespace Etiquette.Cli.Output;

/// <summary>
/// Compiler-style lines, <c>3:12 warning ETQ202 message</c>, then a summary. Hidden diagnostics are not shown:
/// a profile hides a rule so that people do not see it. It reads the wire response, so an answer from a server
/// (<c>--server</c>) prints exactly as one linted in-process.
/// </summary>
internal static class TextReport
{
    public static void Write(IAnsiConsole console, string text, LintResponse response)
    {
        var lines = new LineMap(text);
        foreach (var diagnostic in response.Diagnostics)
        {
            if (!SeverityNames.TryParse(diagnostic.Severity, out var parsed) || parsed is not { } severity || severity == DiagnosticSeverity.Hidden) continue;
            var (line, column) = lines.Position(diagnostic.Span.Start);
            console.Write(new StyledLine(
                ($"{line}:{column} ", Style.Plain),
                (diagnostic.Severity, Styles.Of(severity)),
                ($" {diagnostic.Id} ", Styles.Quiet),
                (diagnostic.Message, Style.Plain)));
        }

        var summary = response.Summary;
        var counts = $"{Count(summary.Warnings, DiagnosticSeverity.Warning)}, {Count(summary.Errors, DiagnosticSeverity.Error)}, {Count(summary.Infos, DiagnosticSeverity.Info)}";
        var guard = Enum.TryParse<SendGuardDecision>(summary.SendGuard, ignoreCase: true, out var decision) ? decision : SendGuardDecision.Ok;
        console.Write(new StyledLine(($"{counts} — send guard: ", Style.Plain), (summary.SendGuard, Styles.Of(guard))));
    }

    private static string Count(int count, DiagnosticSeverity severity) => $"{count} {severity.ToName()}{(count == 1 ? "" : "s")}";
}
