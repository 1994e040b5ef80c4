namespace Etiquette.Tests;

/// <summary>Finds the repository (the folder holding Etiquette.sln) and the shared data beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The public datasets folder that sits beside the repository (never copied into it).</summary>
    public static string SharedData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Etiquette.sln"))) return dir.FullName;
        throw new InvalidOperationException("Etiquette.sln not found above the test assembly.");
    }
}
