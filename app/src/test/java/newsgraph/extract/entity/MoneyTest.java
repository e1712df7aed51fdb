package newsgraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MoneyTest {
    @Test
    void money_normalisesToYuan() {
        assertEquals(10_000_000_000L, Money.toYuan("100", "亿"));
        assertEquals(320_000_000L, Money.toYuan("3.2", "亿"));
        assertEquals(328_191_000L, Money.toYuan("32819.1", "万"));
        assertEquals(5000L, Money.toYuan("5000", ""));
    }
}
