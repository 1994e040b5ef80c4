using System.Globalization;
using System.Text.Json;

namespace Etiquette.Learning.Datasets;

/// <summary>
/// The public datasets beside the repository (<c>shared/data</c>), read at training time and mapped to our heads. Each
/// source labels only the heads it speaks to: a head it does not label stays unlabelled for its rows.
/// </summary>
public static class PublicDatasets
{
    public const string Stanford = "stanford_politeness";
    public const string Pavlick = "pavlick_formality";
    public const string Bitext = "bitext_customer_service_intents";
    public const string Ibm = "ibm_twitter_customer_care";

    /// <summary>SUBTLEX-US word counts (ISC), among the readability word lists.</summary>
    public static readonly string WordCounts = Path.Combine("readability_wordlists", "subtlex_us_word_counts.tsv");

    public static readonly IReadOnlyList<string> Names = [Stanford, Pavlick, Bitext, Ibm];

    /// <summary>Every source found in <paramref name="dataFolder"/>, each capped at <paramref name="maxRowsPerSource"/> rows drawn with <paramref name="seed"/>.</summary>
    public static IReadOnlyList<SourcedRow> Read(string dataFolder, int maxRowsPerSource, int seed)
    {
        if (!Directory.Exists(dataFolder)) throw new DirectoryNotFoundException($"The public data folder '{dataFolder}' does not exist.");
        var rows = new List<SourcedRow>();
        foreach (var name in Names)
        {
            var folder = Path.Combine(dataFolder, name);
            if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"The public dataset '{name}' is missing from '{dataFolder}'.");
            var read = name switch
            {
                Stanford => ReadStanford(folder),
                Pavlick => ReadPavlick(folder),
                Bitext => ReadBitext(folder),
                _ => ReadIbm(folder),
            };
            rows.AddRange(Sample(read.Where(r => r.Text.Length > 0), maxRowsPerSource, seed).Select(r => new SourcedRow(name, r)));
        }

        return rows;
    }

    /// <summary>How common each word is in spoken English (SUBTLEX-US counts from film and TV subtitles), for word rarity.</summary>
    public static WordFrequencies ReadWordFrequencies(string dataFolder)
    {
        var path = Path.Combine(dataFolder, WordCounts);
        if (!File.Exists(path)) throw new DirectoryNotFoundException($"The word counts '{WordCounts}' are missing from '{dataFolder}'.");
        return WordFrequencies.ReadCounts(path);
    }

    /// <summary>
    /// Stanford politeness (CC BY 4.0): requests rated by five people. Per community, the bottom quartile of the normalised
    /// score is <c>rude</c>, the top quartile <c>polite</c>, the middle fifth (40th–60th percentile) <c>neutral</c>.
    /// </summary>
    public static IEnumerable<LabelledRow> ReadStanford(string folder)
    {
        foreach (var file in new[] { "wikipedia.annotated.csv", "stack-exchange.annotated.csv" })
        {
            var records = Csv.Read(Path.Combine(folder, file)).Skip(1)
                .Select(f => (Text: Scrub.Request(f[2]), Score: double.Parse(f[13], CultureInfo.InvariantCulture)))
                .ToList();
            var scores = records.Select(r => r.Score).Order().ToArray();
            double Percentile(double p) => scores[(int)Math.Round(p * (scores.Length - 1))];
            var (q25, q40, q60, q75) = (Percentile(0.25), Percentile(0.40), Percentile(0.60), Percentile(0.75));
            foreach (var (text, score) in records)
            {
                var tone = score <= q25 ? "rude" : score >= q75 ? "polite" : score >= q40 && score <= q60 ? "neutral" : null;
                if (tone is not null) yield return new LabelledRow(text, Tone: tone);
            }
        }
    }

    /// <summary>
    /// Pavlick &amp; Tetreault formality (CC BY 3.0), the chat-like genres only (answers, e-mail): a mean score of -1 or
    /// lower is <c>casual</c>; +1 or higher is <c>neutral</c> — Pavlick's "formal" is careful, correct writing, which is the
    /// ordinary professional register of a chat, while our <c>formal</c> means stiff and ceremonious, which Pavlick does
    /// not mark. The middle band is left out. The text is detokenised so that tokenised spacing does not become a sign
    /// of register.
    /// </summary>
    public static IEnumerable<LabelledRow> ReadPavlick(string folder)
    {
        foreach (var file in new[] { "answers.tsv", "email.tsv" })
        foreach (var line in File.ReadLines(Path.Combine(folder, file)))
        {
            var fields = line.Split('\t');
            if (fields.Length < 4) continue;
            var score = double.Parse(fields[0], CultureInfo.InvariantCulture);
            var casualness = score <= -1 ? "casual" : score >= 1 ? "neutral" : null;
            if (casualness is not null) yield return new LabelledRow(Scrub.Detokenise(fields[3]), Casualness: casualness);
        }
    }

    /// <summary>
    /// Bitext customer-service requests (CDLA-Sharing-1.0), register tags only: offensive (<c>W</c>) is <c>rude</c>
    /// tone; colloquial (<c>Q</c>) is <c>casual</c>; a basic row with no variation tags is <c>neutral</c> register.
    /// </summary>
    public static IEnumerable<LabelledRow> ReadBitext(string folder)
    {
        foreach (var file in new[] { "train.csv", "validation.csv" })
        foreach (var fields in Csv.Read(Path.Combine(folder, file)).Skip(1))
        {
            var (text, tags) = (Scrub.Request(fields[0]), fields[7]);
            var tone = tags.Contains('W') ? "rude" : null;
            var casualness = tags.Contains('Q') ? "casual" : tags.Trim() == "B" ? "neutral" : null;
            if (tone is not null || casualness is not null) yield return new LabelledRow(text, Tone: tone, Casualness: casualness);
        }
    }

    /// <summary>
    /// IBM Twitter customer care (Apache-2.0): brand agents' replies, scrubbed of handles, e-mail addresses, links and
    /// numbers. They are professional support turns: <c>neutral</c> register unless they carry emoji; <c>polite</c> tone when
    /// they thank, apologise or offer help, otherwise tone stays unlabelled.
    /// </summary>
    public static IEnumerable<LabelledRow> ReadIbm(string folder)
    {
        foreach (var file in new[] { "dev.json", "test.json" })
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, file)));
            foreach (var conversation in json.RootElement.EnumerateArray())
            {
                var turns = conversation.GetProperty("dialogContent").EnumerateArray()
                    .Where(t => t.TryGetProperty("agent", out _))
                    .Select(t => t.GetProperty("message").GetString() ?? "")
                    .Append(conversation.GetProperty("agentURL").GetProperty("url_utterance").GetString() ?? "");
                foreach (var turn in turns)
                {
                    var text = Scrub.Tweet(turn);
                    var casualness = Scrub.HasEmoji(text) ? "casual" : "neutral";
                    var tone = Scrub.IsCourteous(text) ? "polite" : null;
                    yield return new LabelledRow(text, Tone: tone, Casualness: casualness);
                }
            }
        }
    }

    private static IEnumerable<LabelledRow> Sample(IEnumerable<LabelledRow> rows, int max, int seed)
    {
        var all = rows.ToArray();
        if (all.Length <= max) return all;
        new Random(seed).Shuffle(all);
        return all.Take(max);
    }
}

/// <summary>A training row and the dataset it came from (for the training report and the model card).</summary>
public sealed record SourcedRow(string Source, LabelledRow Row);
