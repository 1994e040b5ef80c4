namespace Etiquette.Core.Diagnostics;

/// <summary>Replace <see cref="Span"/> of the draft with <see cref="NewText"/>; an empty span inserts.</summary>
public readonly record struct TextEdit(TextSpan Span, string NewText)
{
    public static TextEdit Replace(TextSpan span, string newText) => new(span, newText);
    public static TextEdit Insert(int position, string text) => new(new TextSpan(position, 0), text);
    public static TextEdit Delete(TextSpan span) => new(span, string.Empty);
}

/// <summary>A one-click mend: a title for the button and the edits it makes, which never overlap.</summary>
public sealed class Fix
{
    public Fix(string title, params TextEdit[] edits)
    {
        if (edits.Length == 0) throw new ArgumentException("A fix needs at least one edit.", nameof(edits));
        var ordered = edits;
        if (edits.Length > 1)
        {
            ordered = (TextEdit[])edits.Clone();
            Array.Sort(ordered, static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.Length.CompareTo(b.Span.Length));
        }

        for (var i = 1; i < ordered.Length; i++)
            if (ordered[i].Span.Start < ordered[i - 1].Span.End || ordered[i].Span.Start == ordered[i - 1].Span.Start)
                throw new ArgumentException($"Edits of the fix '{title}' overlap.", nameof(edits));
        Title = title;
        Edits = ordered;
    }

    public string Title { get; }

    /// <summary>Edits in ascending order of position.</summary>
    public IReadOnlyList<TextEdit> Edits { get; }
}
