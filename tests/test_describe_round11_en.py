"""English readings of round 11: text never seen, read by kinds of word rather than sentences.

Each sentence was written before it was run, as another owner would type it, often one line
and mixed with Pidgin, Taglish or Indonesian, for a kind mended in this round: shut "since"
some weeks in Pidgin, idle at the beach, open only a few hours a day or about half the days;
open as usual in Indonesian; months of a loan missed or late; paid off or paid on a set day;
a woman's title said of oneself (Bu, Aling, Iya); earthquakes and floods in Indonesian;
prices rising in Indonesian and Tagalog; neighbours as the buyers; massage and regional
transport as services; nobody fired, said object first; staff not told, said without "have".
And what is not read: a town's "ghost town every monday" is no staff meeting, a sickness "in
our community" names no customers, fewer customers says not by how much, and a payment on
time followed by a doubt is not on track.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("text", "expected"), [
    # Shut since some weeks in Pidgin, or idle at the beach.
    ('My provision shop for Makeni close since 3 weeks because of the sickness.',
     {'trading_status': 'closed'}),
    ('i be fisherman for Cape Coast, no premix fuel so me and my crew just siddon for beach.',
     {'trading_status': 'closed'}),
    # Open or working only part of the time.
    ('I drive keke for Onitsha, only a few hours a day now because of the sit at home.',
     {'trading_status': 'partly_open', 'sector': 'services'}),
    ('my ojek in Medan, police stop us almost half of the days because of the demo.',
     {'trading_status': 'partly_open'}),
    # Open as usual, in Indonesian or Taglish.
    ('Toko kelontong saya di Surabaya masih buka seperti biasa, tapi pembeli sepi.',
     {'trading_status': 'normal'}),
    # Months of a loan missed or late.
    ('I collect loan from the microfinance for my bar, i don miss 3 months now.',
     {'debts': 'many_overdue'}),
    ('My motodop loan with the bank is late 2 months already, they call me every day.',
     {'debts': 'many_overdue', 'sector': 'services'}),
    # Paid off, or paid on a set day.
    ('Bengkel motor kecil in Makassar, the rent we pay every Friday, so far no problem.',
     {'debts': 'on_track', 'sector': 'services'}),
    ('Small tattoo studio in Davao, the loan for the machines is already paid off.',
     {'debts': 'on_track', 'sector': 'services'}),
    # A woman's title said of oneself.
    ('Selamat pagi, saya Ibu Wati, jualan sayur di pasar Bogor, harga cabe naik terus.',
     {'led_by': 'women_led', 'crisis_type': 'economic'}),
    ('Ako si Aling Nena, may sari-sari store sa Bulacan, mahal na lahat ng bilihin.',
     {'led_by': 'women_led', 'crisis_type': 'economic', 'sector': 'retail'}),
    # Earthquakes and floods in Indonesian.
    ('Banjir masuk toko saya di Bekasi, all my stock of rice wet.',
     {'crisis_type': 'natural_hazard'}),
    # Neighbours as the buyers.
    ('Sari-sari store ko sa Cavite, mga kapitbahay lang ang customers ko.',
     {'customers': 'local'}),
    # Massage and passenger transport by regional name: services.
    ('I run a small massage shop in Ubud with 4 therapists, tourists not coming.',
     {'sector': 'services'}),
    ('I drive trotro from Kasoa to Circle, fuel price don go up again.',
     {'sector': 'services', 'crisis_type': 'economic'}),
    # Nobody fired, said object first; staff not told, said without "have".
    ('Warung kopi in Jogja, 3 karyawan, omzet turun but nobody I fire.',
     {'staff_change': 'unchanged'}),
    ('My salon for Accra get 5 girls, i not tell them yet say rent don double.',
     {'staff_informed': 'not_yet'}),
    # A weekday's ghost town or lockdown is no staff meeting.
    ('Barber shop in Buea, ghost town every monday so we lose one day, 3 boys work with me.',
     {'staff_informed': None}),
    # A sickness in our community names no customers.
    ('cholera in our community for Freetown, my chop bar close since last month.',
     {'customers': None}),
    # Fewer customers alone says not by how much sales fell.
    ('my barbershop in Tema, light off every day, customers reduce.',
     {'revenue_change': None}),
    # Paid on time now, then unsure of paying next month: the risk said last is read.
    ('The jeepney loan we still pay on time pero next month di ko alam if kaya pa.',
     {'debts': 'some_at_risk'}),
])
def test_round11_kinds(describer: Describer, text: str, expected: dict[str, str | None]) -> None:
    check(describer, "en", text, expected)
