using Etiquette.Core.Diagnostics;
using Etiquette.Core.Profiles;
using Spectre.Console;

namespace Etiquette.Cli.Output;

/// <summary>The colours of the text reports; they only show on a terminal.</summary>
internal static class Styles
{
    public static readonly Style Quiet = new(decoration: Decoration.Dim);
    public static readonly Style Strong = new(decoration: Decoration.Bold);

    public static Style Of(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => new Style(Color.Red, decoration: Decoration.Bold),
        DiagnosticSeverity.Warning => new Style(Color.Yellow),
        DiagnosticSeverity.Info => new Style(Color.Aqua),
        _ => Quiet,
    };

    public static Style Of(SendGuardDecision decision) => decision switch
    {
        SendGuardDecision.Block => new Style(Color.Red, decoration: Decoration.Bold),
        SendGuardDecision.Warn => new Style(Color.Yellow),
        _ => new Style(Color.Green),
    };
}
