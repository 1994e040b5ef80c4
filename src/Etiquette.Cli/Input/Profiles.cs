using Etiquette.Core.Engine;
using Etiquette.Core.Profiles;

namespace Etiquette.Cli.Input;

internal static class Profiles
{
    /// <summary>A profile of the catalog by name, else a JSON profile file compiled against the default one.</summary>
    public static Profile Resolve(Linter linter, string? nameOrFile)
    {
        if (string.IsNullOrEmpty(nameOrFile)) return linter.Profiles.Default;
        if (linter.Profiles.TryGet(nameOrFile, out var profile)) return profile;
        if (!File.Exists(nameOrFile))
        {
            var known = string.Join(", ", linter.Profiles.All.Select(p => p.Name));
            throw new UsageException($"--profile: '{nameOrFile}' is neither a profile ({known}) nor a file.");
        }

        try
        {
            return linter.Profiles.Compile(Files.Read(nameOrFile, "--profile"), Path.GetFileName(nameOrFile));
        }
        catch (ProfileException e)
        {
            throw new UsageException($"--profile: {e.Message}", e);
        }
    }
}
