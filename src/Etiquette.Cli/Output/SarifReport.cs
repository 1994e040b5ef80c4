using System.Reflection;
using Etiquette.Core.Diagnostics;
using Etiquette.Core.Engine;

namespace Etiquette.Cli.Output;

/// <summary>A lint result as a SARIF 2.1.0 log: one run, every rule of the catalog, one result per shown diagnostic.</summary>
internal static class SarifReport
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string InformationUri = "https://etiquette.dev/";

    public static void Write(TextWriter output, LintResult result, RuleSet rules, string artifactUri) =>
        CliJson.Write(output, Create(result, rules, artifactUri));

    private static SarifLog Create(LintResult result, RuleSet rules, string artifactUri)
    {
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Descriptors.Count; i++) ruleIndex[rules.Descriptors[i].Id] = i;

        var lines = new LineMap(result.Text);
        var artifact = new SarifArtifactLocation(artifactUri);
        var results = new List<SarifResult>();
        foreach (var diagnostic in result.Diagnostics)
        {
            // SARIF has no "hidden": a hidden diagnostic is one the profile keeps out of reports.
            if (diagnostic.Severity == DiagnosticSeverity.Hidden) continue;
            results.Add(new SarifResult(
                diagnostic.Id,
                ruleIndex[diagnostic.Id],
                Level(diagnostic.Severity),
                new SarifText(diagnostic.Message),
                [new SarifLocation(new SarifPhysicalLocation(artifact, Region(lines, diagnostic.Span)))],
                diagnostic.Fixes.Count == 0 ? null : diagnostic.Fixes.Select(fix => Fix(fix, artifact, lines)).ToArray(),
                diagnostic.Confidence is { } confidence ? new SarifResultProperties(confidence) : null));
        }

        var driver = new SarifDriver("Etiquette", ToolVersion.Short, ToolVersion.Semantic, InformationUri, rules.Descriptors.Select(Rule).ToArray());
        var run = new SarifRun(new SarifTool(driver), results, "utf16CodeUnits");
        return new SarifLog(SchemaUri, "2.1.0", [run]);
    }

    private static SarifRule Rule(DiagnosticDescriptor descriptor) => new(
        descriptor.Id,
        FriendlyName(descriptor.Title),
        new SarifText(descriptor.Title),
        new SarifText(descriptor.Description),
        descriptor.HelpUri,
        new SarifConfiguration(Level(descriptor.DefaultSeverity), descriptor.IsEnabledByDefault),
        new SarifRuleProperties(descriptor.Category, [descriptor.Category]));

    private static SarifFix Fix(Fix fix, SarifArtifactLocation artifact, LineMap lines) => new(
        new SarifText(fix.Title),
        [new SarifArtifactChange(artifact, fix.Edits.Select(edit => new SarifReplacement(Region(lines, edit.Span), new SarifText(edit.NewText))).ToArray())]);

    private static SarifRegion Region(LineMap lines, TextSpan span)
    {
        var (startLine, startColumn) = lines.Position(span.Start);
        var (endLine, endColumn) = lines.Position(span.End);
        return new SarifRegion(startLine, startColumn, endLine, endColumn, span.Start, span.Length);
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    /// <summary>SARIF wants a rule's friendly name as one Pascal-case identifier: "Textspeak or slang" → "TextspeakOrSlang".</summary>
    private static string FriendlyName(string title)
    {
        var name = new System.Text.StringBuilder(title.Length);
        var startsWord = true;
        foreach (var c in title)
        {
            if (!char.IsLetterOrDigit(c))
            {
                startsWord = true;
                continue;
            }

            name.Append(startsWord ? char.ToUpperInvariant(c) : c);
            startsWord = false;
        }

        return name.ToString();
    }

    private static class ToolVersion
    {
        /// <summary>The informational version, which may carry "+commit" build metadata (valid SemVer 2).</summary>
        public static readonly string Semantic =
            typeof(SarifReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(SarifReport).Assembly.GetName().Version?.ToString(3)
            ?? "0.0.0";

        public static readonly string Short = Semantic.Split('+')[0];
    }
}
