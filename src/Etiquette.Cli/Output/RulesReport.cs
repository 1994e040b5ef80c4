using Etiquette.Core.Diagnostics;
using Spectre.Console;

namespace Etiquette.Cli.Output;

/// <summary>The catalog as aligned columns: id, default severity, category, title.</summary>
internal static class RulesReport
{
    public static void Write(IAnsiConsole console, IReadOnlyList<DiagnosticDescriptor> descriptors)
    {
        var severityWidth = descriptors.Max(d => d.DefaultSeverity.ToName().Length);
        var categoryWidth = descriptors.Max(d => d.Category.Length);
        foreach (var descriptor in descriptors)
        {
            var severity = descriptor.DefaultSeverity.ToName();
            console.Write(new StyledLine(
                (descriptor.Id + "  ", Styles.Strong),
                (severity.PadRight(severityWidth + 2), Styles.Of(descriptor.DefaultSeverity)),
                (descriptor.Category.PadRight(categoryWidth + 2), Styles.Quiet),
                (descriptor.Title, Style.Plain)));
        }
    }
}
