namespace Hearth.Web.Pages.Shared;

/// <summary>"3 years", "7 months", "12 days": a baby's age in years would tell a worker nothing.</summary>
public static class AgeText
{
    public static string Of(DateOnly dateOfBirth, DateOnly today)
    {
        if (dateOfBirth > today)
        {
            return "not yet born";
        }
        var months = (today.Year - dateOfBirth.Year) * 12 + today.Month - dateOfBirth.Month - (today.Day < dateOfBirth.Day ? 1 : 0);
        return months switch
        {
            >= 24 => $"{months / 12} years",
            >= 1 => months == 1 ? "1 month" : $"{months} months",
            _ => $"{today.DayNumber - dateOfBirth.DayNumber} days",
        };
    }
}
