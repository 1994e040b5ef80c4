namespace Etiquette.Core.Profiles;

/// <summary>A profile that cannot be used, with a message that names the offending field.</summary>
public sealed class ProfileException(string message, Exception? inner = null) : Exception(message, inner);
