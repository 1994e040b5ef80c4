namespace Etiquette.Learning;

/// <summary>
/// The hand-written part of a model card: where the training data came from and what the model gets wrong. Training can
/// measure everything else, but not these, so they come from a Markdown file with a <c>## Data recipe</c> and a
/// <c>## Known limitations</c> section (anything before the first section is the file's own preamble).
/// </summary>
public sealed record ModelCardNotes(string DataRecipe, string Limitations)
{
    public const string DataRecipeHeading = "## Data recipe";
    public const string LimitationsHeading = "## Known limitations";

    /// <summary>For a card written without notes: says so instead of describing data and limits nobody wrote down.</summary>
    public static readonly ModelCardNotes Undescribed = new(
        "Not described: the card was written without `--card-notes`.",
        "Not described: the card was written without `--card-notes`.");

    /// <summary>Reads the two sections; throws <see cref="FormatException"/> naming a section that is missing, repeated or empty.</summary>
    public static ModelCardNotes Parse(string markdown)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                var heading = line.TrimEnd();
                if (sections.ContainsKey(heading)) throw new FormatException($"The section '{heading}' appears twice.");
                sections[heading] = current = [];
            }
            else current?.Add(line);
        }

        return new ModelCardNotes(Section(sections, DataRecipeHeading), Section(sections, LimitationsHeading));
    }

    private static string Section(Dictionary<string, List<string>> sections, string heading)
    {
        if (!sections.TryGetValue(heading, out var lines)) throw new FormatException($"There is no '{heading}' section.");
        var text = string.Join('\n', lines).Trim();
        return text.Length > 0 ? text : throw new FormatException($"The section '{heading}' is empty.");
    }
}
