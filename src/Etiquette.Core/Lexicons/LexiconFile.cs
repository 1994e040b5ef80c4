namespace Etiquette.Core.Lexicons;

/// <summary>
/// Reads a lexicon file: one entry a line, <c>#</c> starts a comment, <c>[name]</c> starts a domain pack.
/// </summary>
public static class LexiconFile
{
    public static IReadOnlyList<LexiconEntry> Parse(string content)
    {
        var entries = new List<LexiconEntry>();
        string? pack = null;
        foreach (var raw in content.Split('\n'))
        {
            var hash = raw.IndexOf('#');
            var line = (hash < 0 ? raw : raw[..hash]).Trim();
            if (line.Length == 0) continue;
            if (line[0] == '[' && line[^1] == ']')
            {
                pack = line[1..^1].Trim();
                continue;
            }

            entries.Add(LexiconEntry.Parse(line, pack));
        }

        return entries;
    }
}
