using Etiquette.Core.Profiles;

namespace Etiquette.Core.Engine;

/// <summary>A mended draft: the fixes that were applied, and the lint of the result (what is left to look at).</summary>
public sealed record FixedDraft(FixOutcome Outcome, LintResult Remaining);

public static class DraftFixing
{
    /// <summary>
    /// Lints, applies the first fix of every diagnostic whose rule is in <paramref name="only"/> (all when it is empty),
    /// and lints the mended draft again.
    /// </summary>
    public static FixedDraft Fix(
        this Linter linter, LintRequest request, Profile profile, IReadOnlyCollection<string> only, ClassifierStep? classify = null)
    {
        var result = linter.Lint(request, profile, classify);
        var chosen = only.Count == 0 ? result.Diagnostics : result.Diagnostics.Where(d => only.Contains(d.Id, StringComparer.OrdinalIgnoreCase));
        var outcome = FixApplier.Apply(result.Text, chosen);
        return new FixedDraft(outcome, linter.Lint(request with { Text = outcome.Text }, profile, classify));
    }
}
