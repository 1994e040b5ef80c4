namespace Etiquette.Core.Diagnostics;

/// <summary>A range of the draft in UTF-16 code units, the unit JavaScript string indices use.</summary>
public readonly record struct TextSpan(int Start, int Length) : IComparable<TextSpan>
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool OverlapsWith(TextSpan other) =>
        Start < other.End && other.Start < End || (Length == 0 || other.Length == 0) && Start == other.Start;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public int CompareTo(TextSpan other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : other.Length.CompareTo(Length);
    }

    public override string ToString() => $"[{Start}..{End})";
}
