using Etiquette.Core.Diagnostics;
using Etiquette.Core.Engine;
using Etiquette.Core.Profiles;
using Etiquette.Rules;

namespace Etiquette.Tests.Cli;

/// <summary>
/// A test-only rule that reports what conversation reached the engine, so tests can see that the CLI passes
/// <c>--conversation</c> and JSON-lines conversations through.
/// </summary>
public sealed class ConversationProbe : Analyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "ETQ990", "Conversation probe", "{0} earlier messages, customer {1}", Categories.Protocol, DiagnosticSeverity.Info,
        "Shows the conversation the engine was given.");

    /// <summary>The whole catalog plus the probe.</summary>
    public static Linter CreateLinter()
    {
        var rules = new RuleSet(EtiquetteRules.RuleSet.Analyzers.Append(new ConversationProbe()), EtiquetteRules.RuleSet.Lexicons);
        return new Linter(rules, new ProfileCatalog(rules));
    }

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Analyze(AnalysisContext context) =>
        context.Report(Rule, new TextSpan(0, 0), [context.Conversation.Messages.Count, context.Conversation.CustomerFirstName ?? "unknown"]);
}
