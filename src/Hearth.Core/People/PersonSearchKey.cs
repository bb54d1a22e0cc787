namespace Hearth.Core.People;

/// <summary>
/// A precomputed lookup key for a person's names (phonetic and prefix forms), so that fuzzy search
/// is an indexed equality query on both SQLite and PostgreSQL rather than a scan.
/// </summary>
public sealed class PersonSearchKey
{
    public Guid PersonId { get; set; }
    public string Key { get; set; } = "";
}
