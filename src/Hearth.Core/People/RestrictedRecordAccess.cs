namespace Hearth.Core.People;

/// <summary>A user named on a restricted record's access list (DESIGN.md idea 3).</summary>
public sealed class RestrictedRecordAccess
{
    public Guid PersonId { get; set; }
    public Guid UserId { get; set; }
}
