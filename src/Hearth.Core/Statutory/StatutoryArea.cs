namespace Hearth.Core.Statutory;

public enum StatutoryArea
{
    FrontDoor,
    Assessment,
    ChildProtection,
    ChildInNeed,
    LookedAfter,
    CareProceedings,
    Adoption,
    Fostering,
    CareLeavers,
    Missing,
    PrivateFostering,
    Lado,
}
