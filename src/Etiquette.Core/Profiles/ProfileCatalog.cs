using System.Collections.Concurrent;
using Etiquette.Core.Engine;

namespace Etiquette.Core.Profiles;

/// <summary>
/// The profiles a linter can use: the built-in ones, plus every <c>*.json</c> in an optional folder.
/// A profile is compiled once and cached.
/// </summary>
public sealed class ProfileCatalog
{
    public const string DefaultName = "default";

    private readonly RuleSet _rules;
    private readonly ProfileDocument _defaults;
    private readonly Dictionary<string, ProfileDocument> _documents = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Profile> _compiled = new(StringComparer.OrdinalIgnoreCase);

    public ProfileCatalog(RuleSet rules, string? directory = null)
    {
        _rules = rules;
        foreach (var (name, json) in BuiltInProfiles())
            _documents[name] = ProfileCompiler.Parse(json, $"'{name}' (built in)");
        _defaults = _documents[DefaultName];

        if (directory is not null)
        {
            if (!Directory.Exists(directory)) throw new ProfileException($"Profile folder '{directory}' does not exist.");
            foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
            {
                var document = ProfileCompiler.Parse(File.ReadAllText(file), $"'{Path.GetFileName(file)}'");
                document.Name ??= Path.GetFileNameWithoutExtension(file);
                _documents[document.Name] = document;
            }
        }

        foreach (var name in _documents.Keys) Get(name);
        Default = Get(DefaultName);
    }

    public Profile Default { get; }

    public IEnumerable<Profile> All => _documents.Keys.Order(StringComparer.OrdinalIgnoreCase).Select(Get);

    public bool TryGet(string name, out Profile profile)
    {
        profile = null!;
        if (!_documents.ContainsKey(name)) return false;
        profile = Get(name);
        return true;
    }

    /// <summary>Compiles a profile that is not in the catalog, such as a file given on the command line.</summary>
    public Profile Compile(string json, string source)
    {
        var document = ProfileCompiler.Parse(json, source);
        document.Name ??= source;
        return ProfileCompiler.Compile(document, _defaults, _rules);
    }

    private Profile Get(string name) =>
        _compiled.GetOrAdd(name, n => ProfileCompiler.Compile(_documents[n], _defaults, _rules));

    private static IEnumerable<(string Name, string Json)> BuiltInProfiles()
    {
        var assembly = typeof(ProfileCatalog).Assembly;
        const string prefix = "Etiquette.Core.Profiles.";
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return (resource[prefix.Length..^".json".Length], reader.ReadToEnd());
        }
    }
}
