using Etiquette.Core.Diagnostics;

namespace Etiquette.Core.Engine;

public sealed record FixOutcome(string Text, IReadOnlyList<Diagnostic> Applied, IReadOnlyList<Diagnostic> Skipped);

/// <summary>Applies the first fix of chosen diagnostics; a fix whose edits would collide with one already taken is skipped whole.</summary>
public static class FixApplier
{
    public static FixOutcome Apply(string text, IEnumerable<Diagnostic> diagnostics)
    {
        var taken = new List<TextEdit>();
        var applied = new List<Diagnostic>();
        var skipped = new List<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Fixes.Count == 0) continue;
            var fix = diagnostic.Fixes[0];
            if (fix.Edits.Any(edit => taken.Any(other => Collide(edit.Span, other.Span))))
            {
                skipped.Add(diagnostic);
                continue;
            }

            taken.AddRange(fix.Edits);
            applied.Add(diagnostic);
        }

        return new FixOutcome(ApplyEdits(text, taken), applied, skipped);
    }

    public static string ApplyEdits(string text, IEnumerable<TextEdit> edits)
    {
        var builder = new System.Text.StringBuilder(text);
        foreach (var edit in edits.OrderByDescending(e => e.Span.Start).ThenByDescending(e => e.Span.Length))
            builder.Remove(edit.Span.Start, edit.Span.Length).Insert(edit.Span.Start, edit.NewText);
        return builder.ToString();
    }

    /// <summary>Two edits collide when they overlap or insert at the same place.</summary>
    private static bool Collide(TextSpan a, TextSpan b) =>
        a.Start < b.End && b.Start < a.End || a.Start == b.Start;
}
