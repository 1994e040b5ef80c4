using Etiquette.Core.Diagnostics;
using Etiquette.Core.Engine;
using Spectre.Console;

namespace Etiquette.Cli.Output;

/// <summary>
/// Compiler-style lines, <c>3:12 warning ETQ202 message</c>, then a summary. Hidden diagnostics are not shown:
/// a profile hides a rule so that people do not see it.
/// </summary>
internal static class TextReport
{
    public static void Write(IAnsiConsole console, LintResult result)
    {
        var lines = new LineMap(result.Text);
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Hidden) continue;
            var (line, column) = lines.Position(diagnostic.Span.Start);
            console.Write(new StyledLine(
                ($"{line}:{column} ", Style.Plain),
                (diagnostic.Severity.ToName(), Styles.Of(diagnostic.Severity)),
                ($" {diagnostic.Id} ", Styles.Quiet),
                (diagnostic.Message, Style.Plain)));
        }

        var counts = $"{Count(result, DiagnosticSeverity.Warning)}, {Count(result, DiagnosticSeverity.Error)}, {Count(result, DiagnosticSeverity.Info)}";
        console.Write(new StyledLine(
            ($"{counts} — send guard: ", Style.Plain),
            (result.SendGuard.ToString().ToLowerInvariant(), Styles.Of(result.SendGuard))));
    }

    private static string Count(LintResult result, DiagnosticSeverity severity)
    {
        var count = result.Count(severity);
        return $"{count} {severity.ToName()}{(count == 1 ? "" : "s")}";
    }
}
