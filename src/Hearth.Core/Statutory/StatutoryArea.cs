namespace Hearth.Core.Statutory;

public enum StatutoryArea
{
    FrontDoor,
    Assessment,
    ChildProtection,
    LookedAfter,
    CareProceedings,
    Adoption,
    Fostering,
    CareLeavers,
    Missing,
    PrivateFostering,
    Lado,
}
