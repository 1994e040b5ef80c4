using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Etiquette.Core.Classification;

namespace Etiquette.Learning;

/// <summary>
/// Labelled rows as JSON lines, one object a line: <c>{"text": "...", "tone": "...", "casualness": "...", "jargon": "..."}</c>,
/// each label optional, and an optional positive <c>"weight"</c> (how much the row counts in training; 1 without it).
/// Blank lines are skipped; other fields are ignored.
/// </summary>
public static class LabelledRows
{
    public static IReadOnlyList<LabelledRow> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader, path);
    }

    /// <param name="sourceName">How errors name the source, usually its file path.</param>
    public static IReadOnlyList<LabelledRow> Read(TextReader reader, string sourceName)
    {
        var rows = new List<LabelledRow>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            rows.Add(ParseLine(line, sourceName, lineNumber));
        }

        return rows;
    }

    public static void Write(string path, IEnumerable<LabelledRow> rows)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Write(writer, rows);
    }

    public static void Write(TextWriter writer, IEnumerable<LabelledRow> rows)
    {
        foreach (var row in rows)
        {
            writer.Write(JsonSerializer.Serialize(row, LabelledRowJsonContext.Default.LabelledRow));
            writer.Write('\n');
        }
    }

    /// <summary>
    /// SHA-256 (lower-case hex) over the rows in order, each field length-prefixed so that no two different row lists
    /// hash alike. Recorded in a model's manifest to tell which data trained it.
    /// </summary>
    public static string Sha256(IReadOnlyList<LabelledRow> rows)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var row in rows)
        {
            AppendField(hash, row.Text);
            AppendField(hash, row.Tone);
            AppendField(hash, row.Casualness);
            AppendField(hash, row.Jargon);
            AppendField(hash, row.Weight?.ToString("R", CultureInfo.InvariantCulture));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static LabelledRow ParseLine(string line, string sourceName, int lineNumber)
    {
        LabelledRow? row;
        try
        {
            row = JsonSerializer.Deserialize(line, LabelledRowJsonContext.Default.LabelledRow);
        }
        catch (JsonException e)
        {
            throw new LabelledDataException($"{sourceName} line {lineNumber}: not a valid JSON row ({e.Message})", e);
        }

        if (row is null) throw new LabelledDataException($"{sourceName} line {lineNumber}: null is not a row.");
        if (row.Weight is { } weight && !LabelledRow.IsUsableWeight(weight))
            throw new LabelledDataException($"{sourceName} line {lineNumber}: weight {weight.ToString(CultureInfo.InvariantCulture)} must be positive.");
        foreach (var head in EtiquetteHeads.All)
            CheckLabel(head, row.LabelFor(head), sourceName, lineNumber);
        return row;
    }

    private static void CheckLabel(ClassifierHead head, string? label, string sourceName, int lineNumber)
    {
        if (label is null || head.IndexOf(label) >= 0) return;
        throw new LabelledDataException($"{sourceName} line {lineNumber}: {EtiquetteHeads.UnknownLabel(head, label)}.");
    }

    private static void AppendField(IncrementalHash hash, string? value)
    {
        Span<byte> length = stackalloc byte[4];
        if (value is null)
        {
            BinaryPrimitives.WriteInt32LittleEndian(length, -1);
            hash.AppendData(length);
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
