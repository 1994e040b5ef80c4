using Etiquette.Learning;

namespace Etiquette.Cli.Input;

/// <summary>Labelled JSONL named on the command line: files, or folders whose <c>*.jsonl</c> files are all read.</summary>
internal static class TrainingData
{
    public static IReadOnlyList<LabelledRow> Read(IEnumerable<string> paths, string option)
    {
        var rows = new List<LabelledRow>();
        foreach (var path in paths)
        {
            var files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*.jsonl").Order(StringComparer.Ordinal).ToArray()
                : [path];
            if (files.Length == 0) throw new UsageException($"{option}: '{path}' holds no .jsonl file.");
            foreach (var file in files) rows.AddRange(ReadFile(file, option));
        }

        return rows;
    }

    public static IReadOnlyList<LabelledRow> ReadFile(string file, string option)
    {
        try
        {
            return LabelledRows.Read(new StringReader(Files.Read(file, option)), file);
        }
        catch (LabelledDataException e)
        {
            throw new UsageException($"{option}: {e.Message}", e);
        }
    }
}
