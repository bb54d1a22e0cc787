namespace Hearth.Core.People;

/// <summary>A DfE disability code held by a person (CIN census Disability).</summary>
public sealed class PersonDisability
{
    public Guid PersonId { get; set; }
    public string Code { get; set; } = "";
}
