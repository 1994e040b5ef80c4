using Etiquette.Core.Classification;
using Etiquette.Learning;

namespace Etiquette.Cli.Input;

/// <summary>Classifier model files: the shipped one (copied beside the program at build time) or one named on the command line.</summary>
internal static class ModelFiles
{
    public static string ShippedPath => Path.Combine(AppContext.BaseDirectory, "models", "etiquette-model.zip");

    public static TrainedModel Load(string path, string option)
    {
        if (!File.Exists(path)) throw new UsageException($"{option}: model file '{path}' does not exist.");
        try
        {
            return ModelArchive.Load(path);
        }
        catch (ModelFormatException e)
        {
            throw new UsageException($"{option}: {e.Message}", e);
        }
    }

    /// <summary>
    /// The shipped model for linting, or none: a missing or damaged file leaves the rules to run alone (the JSON output
    /// says <c>degraded</c>), with one warning line on standard error when the file is there but unusable.
    /// </summary>
    public static IDraftClassifier? LoadShipped(TextWriter warnings)
    {
        if (!File.Exists(ShippedPath)) return null;
        try
        {
            return new SentenceClassifier(ModelArchive.Load(ShippedPath));
        }
        catch (ModelFormatException e)
        {
            warnings.WriteLine($"etiquette: warning: the shipped model is unusable, so only the rules run: {e.Message}");
            return null;
        }
    }
}
