using System.Globalization;
using System.Text;

namespace Etiquette.Learning;

/// <summary>Writes MODEL_CARD.md from what training measured, so the card never disagrees with the model beside it.</summary>
public static class ModelCard
{
    public static string Render(
        TrainedModel model, string trainingCommand, ModelCardNotes notes, string testSplit, IReadOnlyList<HeadMetrics> test,
        CrossValidationResult? crossValidation)
    {
        var card = new StringBuilder();
        var identity = model.Identity;
        card.AppendLine("# Model card: Etiquette classifier").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"- Model version: `{identity.ModelVersion}`, created {identity.CreatedAt:yyyy-MM-dd HH:mm} UTC")
            .AppendLine(CultureInfo.InvariantCulture, $"- Training rows: {identity.TrainingRows:N0}; training-data SHA-256 `{identity.TrainingDataSha256}`")
            .AppendLine("- Heads: " + string.Join("; ", model.Heads.Select(h => $"`{h.Name}` = {string.Join(" | ", h.Labels)}")))
            .AppendLine(CultureInfo.InvariantCulture, $"- Method: hashed word 1–2-grams, the first and last token marked, and character n-grams ({model.Options.Featurizer.HashBits} hash bits){Rarity(model.Options.WordFrequencies)}, "
                + $"sublinear counts, L2-normalised; multinomial logistic regression per head, L2 λ = {Regularization(model.Options)}, L-BFGS (MathNet.Numerics), class-balanced weights")
            .AppendLine().AppendLine("Trained by one command, from the repository root (`etiquette` is `dotnet run -c Release --project src/Etiquette.Cli --`):").AppendLine()
            .AppendLine("```sh").AppendLine(trainingCommand).AppendLine("```").AppendLine()
            .AppendLine(ModelCardNotes.DataRecipeHeading).AppendLine().AppendLine(notes.DataRecipe).AppendLine()
            .AppendLine("## Quality on the held-out test split").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"`{testSplit}`: held out, never trained on.").AppendLine()
            .AppendLine("| head | rows | accuracy | macro-F1 | log-loss |").AppendLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var head in test)
            card.AppendLine(CultureInfo.InvariantCulture, $"| {head.Head} | {head.Count} | {head.Accuracy:F3} | **{head.MacroF1:F3}** | {head.LogLoss:F3} |");

        foreach (var head in test)
        {
            card.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"### {head.Head}").AppendLine()
                .AppendLine("| class | precision | recall | F1 | support |").AppendLine("| --- | ---: | ---: | ---: | ---: |");
            foreach (var c in head.Classes)
                card.AppendLine(CultureInfo.InvariantCulture, $"| {c.Label} | {c.Precision:F3} | {c.Recall:F3} | {c.F1:F3} | {c.Support} |");
            card.AppendLine().AppendLine("Confusion matrix (rows: actual, columns: predicted):").AppendLine()
                .AppendLine("| actual \\ predicted | " + string.Join(" | ", head.Labels) + " |")
                .AppendLine("| --- |" + string.Concat(head.Labels.Select(_ => " ---: |")));
            for (var r = 0; r < head.Labels.Count; r++)
                card.AppendLine($"| {head.Labels[r]} | " + string.Join(" | ", head.ConfusionMatrix[r]) + " |");
        }

        if (crossValidation is not null)
        {
            card.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## Cross-validation spread ({crossValidation.FoldCount}-fold, stratified, seed {crossValidation.Seed}, over the training rows)").AppendLine()
                .AppendLine("| head | mean macro-F1 | standard deviation |").AppendLine("| --- | ---: | ---: |");
            foreach (var head in crossValidation.Heads)
                card.AppendLine(CultureInfo.InvariantCulture, $"| {head.Head} | {head.Spread.MeanMacroF1:F3} | {head.Spread.MacroF1StandardDeviation:F3} |");
        }

        card.AppendLine().AppendLine(ModelCardNotes.LimitationsHeading).AppendLine().AppendLine(notes.Limitations);
        return card.ToString();
    }

    /// <summary>"1E-05", or with heads of their own "1E-05 (jargon 3E-05)".</summary>
    private static string Regularization(TrainerOptions options)
    {
        var general = options.L2Regularization.ToString(CultureInfo.InvariantCulture);
        var byHead = options.HeadL2Regularization.ByHead;
        return byHead.Count == 0
            ? general
            : $"{general} ({string.Join(", ", byHead.Select(entry => $"{entry.Key} {entry.Value.ToString(CultureInfo.InvariantCulture)}"))})";
    }

    private static string Rarity(WordFrequencies frequencies) =>
        frequencies.Count == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $", each word's rarity band ({frequencies.Count:N0} words known)");
}
