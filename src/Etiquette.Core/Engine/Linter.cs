using System.Diagnostics;
using Etiquette.Core.Classification;
using Etiquette.Core.Diagnostics;
using Etiquette.Core.Profiles;
using Etiquette.Core.Text;
using Diagnostic = Etiquette.Core.Diagnostics.Diagnostic;

namespace Etiquette.Core.Engine;

/// <summary>What to lint: the draft, optionally the conversation so far, a profile and rule ids to leave out.</summary>
public sealed record LintRequest(string Text, Conversation? Conversation = null, string? Profile = null, IReadOnlyCollection<string>? Suppress = null);

public sealed record LintResult(
    string Text,
    IReadOnlyList<Diagnostic> Diagnostics,
    Profile Profile,
    SendGuardDecision SendGuard,
    DraftClassification? Classification,
    ModelStatus Model,
    TimeSpan Elapsed)
{
    /// <summary>How many diagnostics have <paramref name="severity"/>. A loop, not LINQ: every answer the service sends counts three.</summary>
    public int Count(DiagnosticSeverity severity)
    {
        var count = 0;
        for (var i = 0; i < Diagnostics.Count; i++)
            if (Diagnostics[i].Severity == severity) count++;
        return count;
    }
}

/// <summary>Runs a classifier over the analysed draft; a front door may wrap it (time limit, circuit breaker, fallback).</summary>
public delegate ClassifierOutcome ClassifierStep(DraftText draft);

/// <summary>The one engine every front door (CLI, API, tests) calls.</summary>
public sealed class Linter
{
    private static readonly ModelStatus NoModel = new(null, true, "No classifier model is loaded; only the rules ran.");

    public Linter(RuleSet rules, ProfileCatalog profiles, IDraftClassifier? classifier = null)
    {
        Rules = rules;
        Profiles = profiles;
        Classifier = classifier;
    }

    public RuleSet Rules { get; }
    public ProfileCatalog Profiles { get; }
    public IDraftClassifier? Classifier { get; }

    /// <summary>The classification step used when a caller gives none: the linter's own classifier, unguarded.</summary>
    public ClassifierOutcome Classify(DraftText draft) =>
        Classifier is null
            ? new ClassifierOutcome(null, NoModel)
            : new ClassifierOutcome(Classifier.Classify(draft), new ModelStatus(Classifier.ModelVersion, false));

    /// <summary>Lints with a named profile from the catalog (the default when none is named).</summary>
    public LintResult Lint(LintRequest request) => Lint(request, ResolveProfile(request.Profile));

    public LintResult Lint(LintRequest request, Profile profile, ClassifierStep? classify = null)
    {
        ArgumentNullException.ThrowIfNull(request.Text);
        var started = Stopwatch.GetTimestamp();
        var suppressed = ResolveSuppressions(request.Suppress);
        var diagnostics = new List<Diagnostic>();
        var draft = DraftText.Analyze(request.Text);
        var outcome = (classify ?? Classify)(draft);
        var context = new AnalysisContext(draft, request.Conversation ?? Conversation.None, profile, suppressed, outcome.Classification, diagnostics);
        foreach (var analyzer in Rules.Analyzers)
        {
            if (AnyEnabled(analyzer, context)) analyzer.Analyze(context);
        }

        diagnostics.Sort(Diagnostic.Order);
        return new LintResult(
            request.Text, diagnostics, profile, profile.Guard(diagnostics), outcome.Classification, outcome.Model, Stopwatch.GetElapsedTime(started));
    }

    public Profile ResolveProfile(string? name)
    {
        if (string.IsNullOrEmpty(name)) return Profiles.Default;
        return Profiles.TryGet(name, out var profile)
            ? profile
            : throw new UnknownProfileException(name, Profiles.All.Select(p => p.Name));
    }

    private IReadOnlySet<string> ResolveSuppressions(IReadOnlyCollection<string>? suppress)
    {
        if (suppress is null || suppress.Count == 0) return EmptySet;
        var unknown = suppress.Where(id => !Rules.HasRule(id)).ToList();
        if (unknown.Count > 0) throw new UnknownRuleException(unknown);
        return new HashSet<string>(suppress.Select(id => id.ToUpperInvariant()), StringComparer.Ordinal);
    }

    private static bool AnyEnabled(Analyzer analyzer, AnalysisContext context)
    {
        // An indexer, not foreach: enumerating the interface would box an enumerator for every analyzer on every lint.
        var descriptors = analyzer.SupportedDiagnostics;
        for (var i = 0; i < descriptors.Count; i++)
            if (context.IsEnabled(descriptors[i])) return true;
        return false;
    }

    private static readonly IReadOnlySet<string> EmptySet = new HashSet<string>();
}

public sealed class UnknownProfileException(string name, IEnumerable<string> known)
    : Exception($"There is no profile named '{name}'; known profiles are {string.Join(", ", known)}.")
{
    public string Name { get; } = name;
}

public sealed class UnknownRuleException(IReadOnlyList<string> ids)
    : Exception($"Unknown rule id{(ids.Count > 1 ? "s" : "")}: {string.Join(", ", ids)}.")
{
    public IReadOnlyList<string> Ids { get; } = ids;
}
