namespace Etiquette.Api.Security;

/// <summary>
/// The roles an API key can have, each including the ones before it: an admin key may do what a trainer key may, a
/// trainer key what an agent key may.
/// </summary>
public enum ApiRole
{
    Agent = 1,
    Trainer = 2,
    Admin = 3,
}

public static class ApiRoles
{
    public const string Agent = "agent";
    public const string Trainer = "trainer";
    public const string Admin = "admin";

    public static ApiRole Parse(string role) => role.ToLowerInvariant() switch
    {
        Agent => ApiRole.Agent,
        Trainer => ApiRole.Trainer,
        Admin => ApiRole.Admin,
        _ => throw new ArgumentException($"'{role}' is not a role; roles are {Agent}, {Trainer} and {Admin}.", nameof(role)),
    };

    public static string Name(this ApiRole role) => role.ToString().ToLowerInvariant();
}
