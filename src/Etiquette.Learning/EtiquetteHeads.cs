using Etiquette.Core.Classification;

namespace Etiquette.Learning;

/// <summary>The three classifier heads and their labels: a public contract, spelled exactly as here.</summary>
public static class EtiquetteHeads
{
    public static readonly ClassifierHead Tone = new("tone", ["polite", "neutral", "rude"]);

    public static readonly ClassifierHead Casualness = new("casualness", ["formal", "neutral", "casual"]);

    public static readonly ClassifierHead Jargon = new("jargon", ["plain", "jargon"]);

    /// <summary>Every head, in the order a model writes their scores.</summary>
    public static readonly IReadOnlyList<ClassifierHead> All = [Tone, Casualness, Jargon];

    public static ClassifierHead? Find(string name)
    {
        foreach (var head in All)
            if (head.Name == name) return head;
        return null;
    }

    /// <summary>The label's position in the head's label order, or -1 when the head has no such label.</summary>
    public static int IndexOf(this ClassifierHead head, string label)
    {
        for (var i = 0; i < head.Labels.Count; i++)
            if (head.Labels[i] == label) return i;
        return -1;
    }

    /// <summary>The complaint about a label the head does not have, naming the labels it does.</summary>
    internal static string UnknownLabel(ClassifierHead head, string label) =>
        $"unknown {head.Name} label '{label}' (expected {string.Join(", ", head.Labels)})";
}
