namespace Hearth.Core.Statutory;

/// <summary>Which day counts as the first of a timescale (timescales.md section 10).</summary>
public enum TimescaleCounting
{
    /// <summary>"Within N of X": X is day 0. The usual convention for every clock here.</summary>
    StartIsDayZero,

    /// <summary>
    /// "Beginning with the day" (CA89 s32(1)(a)(ii), the 26 weeks): the start date is day 1, so the
    /// period ends one day earlier than under <see cref="StartIsDayZero"/>.
    /// </summary>
    StartIsDayOne,
}
