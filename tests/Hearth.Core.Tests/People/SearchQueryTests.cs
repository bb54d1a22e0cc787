using Hearth.Core.People.Search;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.People;

public class SearchQueryTests
{
    [Fact]
    public void A_name_with_a_date_of_birth_is_read_as_both()
    {
        var query = SearchQuery.Parse("Kathryn Smyth 27/3/2015");
        query.NameWords.ShouldBe(["kathryn", "smyth"]);
        query.DateOfBirth.ShouldBe(new DateOnly(2015, 3, 27));
    }

    [Fact]
    public void An_NHS_number_with_spaces_is_recognised_by_its_check_digit()
    {
        var query = SearchQuery.Parse("943 476 5919");
        query.NhsNumber.ShouldBe("9434765919");
        query.NameWords.ShouldBeEmpty();
    }

    [Fact]
    public void Ten_digits_that_fail_the_check_are_not_taken_as_an_NHS_number()
    {
        SearchQuery.Parse("943 476 5918").NhsNumber.ShouldBeNull();
    }

    [Fact]
    public void A_postcode_without_its_space_is_normalised()
    {
        var query = SearchQuery.Parse("smith sg138dq");
        query.Postcode.ShouldBe("SG13 8DQ");
        query.NameWords.ShouldBe(["smith"]);
    }

    [Fact]
    public void An_impossible_date_is_left_as_words_rather_than_guessed()
    {
        SearchQuery.Parse("31/02/2020").DateOfBirth.ShouldBeNull();
    }
}
