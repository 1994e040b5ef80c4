using Etiquette.Core.Classification;
using Etiquette.Core.Diagnostics;
using Etiquette.Core.Engine;
using Etiquette.Core.Profiles;

namespace Etiquette.Rules.Analyzers;

/// <summary>
/// What word lists cannot see: sentences the classifier judges rude (ETQ101), more casual than the brand (ETQ201) or
/// jargon-heavy (ETQ301). Each reports the classifier's probability as its confidence; the profile sets how sure it must be.
/// A line that is nothing but a greeting ("Dear Mr Smith,") is left to the protocol rules: the model learned from replies,
/// and a bare salutation gives it too little to judge. Without a model (rules-only service) they stay silent.
/// </summary>
public static class ClassifierAnalyzers
{
    public const string ToneHead = "tone";
    public const string CasualnessHead = "casualness";
    public const string JargonHead = "jargon";

    public static readonly DiagnosticDescriptor RudeRule = new(
        "ETQ101", "Rude or dismissive tone", "This sentence may come across as rude or dismissive ({0}% sure); rephrase it warmly",
        Categories.Tone, DiagnosticSeverity.Warning,
        "The classifier's tone head judges the sentence rude: sarcasm, brush-offs and cold wording that no word list catches. "
        + "The profile's thresholds.rude sets how sure it must be.");

    public static readonly DiagnosticDescriptor CasualRule = new(
        "ETQ201", "Overly casual", "This sentence sounds more casual than the brand's {0} voice ({1}% sure); make it a little more professional",
        Categories.Register, DiagnosticSeverity.Info,
        "The classifier's casualness head judges the sentence casual while the profile's brand voice is formal or neutral. "
        + "The profile's thresholds.casual sets how sure it must be; a casual brand voice turns the rule off.");

    public static readonly DiagnosticDescriptor JargonHeavyRule = new(
        "ETQ301", "Jargon-heavy sentence", "This sentence is heavy with jargon ({0}% sure); say it in words the customer uses",
        Categories.Clarity, DiagnosticSeverity.Info,
        "The classifier's jargon head judges the sentence hard for a customer to follow, beyond the terms ETQ302 knows. "
        + "The profile's thresholds.jargon sets how sure it must be.");

    public sealed class RudeTone : Analyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [RudeRule];

        public override void Analyze(AnalysisContext context) =>
            ReportSentences(context, RudeRule, ToneHead, "rude", context.Profile.RudeThreshold, static (_, percent) => [percent]);
    }

    public sealed class OverlyCasual : Analyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [CasualRule];

        public override void Analyze(AnalysisContext context)
        {
            if (context.Profile.Casualness == Casualness.Casual) return;
            ReportSentences(context, CasualRule, CasualnessHead, "casual", context.Profile.CasualThreshold,
                static (profile, percent) => [profile.Casualness.ToString().ToLowerInvariant(), percent]);
        }
    }

    public sealed class JargonHeavy : Analyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [JargonHeavyRule];

        public override void Analyze(AnalysisContext context) =>
            ReportSentences(context, JargonHeavyRule, JargonHead, "jargon", context.Profile.JargonThreshold, static (_, percent) => [percent]);
    }

    private static void ReportSentences(
        AnalysisContext context,
        DiagnosticDescriptor rule,
        string head,
        string label,
        double threshold,
        Func<Profile, int, object?[]> messageArgs)
    {
        if (context.Classification is not { } classification || !classification.HasHead(head)) return;
        var sentences = context.Draft.Sentences;
        for (var s = 0; s < sentences.Length; s++)
        {
            var score = classification.SentenceScore(s, head, label);
            if (score < threshold || Greetings.RestAfterGreeting(context, sentences[s]) == sentences[s].EndToken) continue;
            context.Report(rule, sentences[s].Span, messageArgs(context.Profile, (int)MathF.Round(score * 100)), Math.Round(score, 3));
        }
    }
}
