"""The review app in a real browser: `destek app`'s Streamlit server, driven by headless Chromium (Selenium).

The test signs in through the form as an admin (who may open every page), visits each page, approves one
draft and corrects one intent with the real widgets, and checks the database for what the clicks did. A
screenshot of every page goes to the test's tmp_path and to test-output/screenshots/ (gitignored) so people
can look at the pages without starting the app.

Needs Debian's chromium and chromium-driver (`apt-get install chromium chromium-driver`, as .ci/run does):
without them the test skips, or fails under DESTEK_REQUIRE_SERVERS=1.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from app.commands.review import streamlit_command
from db.corpus.generator import generate
from db.demo import build_demo, seed_demo
from db.engine import init_db, make_engine
from db.models import AnnotationTask, Correction, Draft, Ticket, User
from db.users import add_user
from serving.drafting import DRAFTED, draft_pending
from serving.ingest import import_rows
from tests.conftest import SMALL_DEMO
from tests.integration.servers import free_port, running_server
from tests.test_bot import fake_bot

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "test-output" / "screenshots"
CHROMIUM = os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")
START_TIMEOUT_S = 90
WAIT_S = 30  # a Streamlit rerun on a loaded CI machine; each wait ends as soon as its condition holds
ADMIN, PASSWORD, ADMIN_NAME = "yonetici", "browser-test-password", "Test Yöneticisi"
N_TICKETS = 6

# Labels of the app's widgets and its navigation titles (app/review_app.py, app/pages/queue.py).
USERNAME_LABEL, PASSWORD_LABEL, SIGN_IN = "Kullanıcı adı (username)", "Parola (password)", "Oturum aç"
SIGN_OUT = "Oturumu kapat"
ADD_SELECTION = "Seçileni ekle (add the selection)"
CONFIRM = "Uyarıları gördüm, yine de onayla (approve despite the warnings)"
APPROVE, CORRECT_INTENT, INTENT_LABEL = "Onayla (approve)", "Niyeti düzelt (correct intent)", "Niyet (intent)"
PAGE_TITLES = {
    "queue": "İnceleme kuyruğu",
    "workbench": "Etiketleme",
    "cockpit": "Model kokpiti",
    "users": "Kullanıcılar",
}


def _require(reason: str) -> None:
    """Skip without the browser; under DESTEK_REQUIRE_SERVERS=1 (CI) a missing browser fails instead."""
    if os.environ.get("DESTEK_REQUIRE_SERVERS") == "1":
        pytest.fail(f"{reason} (DESTEK_REQUIRE_SERVERS=1)")
    pytest.skip(reason)


# ── the database, the server and the browser ─────────────────────────────────────────────────────────


@pytest.fixture
def app_db(tmp_path: Path) -> Engine:
    """The small demo backend, an admin, and N_TICKETS tickets drafted by a fake bot, all routed to a human.

    The fake bot gives each ticket its generated intent with a low confidence (so none is auto-resolved),
    except the second, which it gets wrong on purpose: the queue shows it once the first is approved. The
    last two tickets also wait in an annotation batch.
    """
    engine = make_engine(f"sqlite:///{tmp_path / 'destek.db'}")
    init_db(engine)
    demo = build_demo(**SMALL_DEMO)
    seed_demo(engine, demo)
    records = generate("pool", N_TICKETS, SMALL_DEMO["seed"], demo=demo)
    rows = [(n, {key: r[key] for key in ("id", "text", "customer_id")}) for n, r in enumerate(records, start=1)]
    report = import_rows(engine, rows, source="demo")
    assert report.imported == N_TICKETS
    with Session(engine) as session:  # the bot sees the masked text with its whitespace collapsed
        keys = [" ".join(session.get(Ticket, i).text.split())[:40] for i in report.ticket_ids]
    intents = [r["intent"] for r in records]
    intents[1] = "selamlama" if intents[1] != "selamlama" else "kapsam_disi"
    rules = [(key, intent, "-") for key, intent in zip(keys, intents, strict=True)]
    assert draft_pending(engine, fake_bot(*rules, gap=1.0)).human == N_TICKETS
    with Session(engine) as session:
        add_user(session, ADMIN, PASSWORD, "admin", display_name=ADMIN_NAME)
        # Two tickets queued for a label, so the workbench shows a ticket rather than an empty batch.
        for score, ticket_id in enumerate(report.ticket_ids[-2:], start=1):
            session.add(AnnotationTask(ticket_id=ticket_id, batch="browser-test", strategy="margin", score=score / 10))
        session.commit()
    return engine


def _admin_id(engine: Engine) -> int:
    with Session(engine) as session:
        return session.exec(select(User.id).where(User.username == ADMIN)).one()


@pytest.fixture
def app_url(app_db: Engine, tmp_path: Path) -> Iterator[str]:
    """`destek app`'s exact Streamlit command on a free loopback port, on the test's database."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "DATABASE_URL": app_db.url.render_as_string(hide_password=False)}
    env.pop("DESTEK_DB", None)
    log_path = tmp_path / "streamlit.log"
    command = streamlit_command("127.0.0.1", port)
    with running_server(
        "the review app",
        command,
        health_url=f"{url}/_stcore/health",
        env=env,
        log_path=log_path,
        timeout_s=START_TIMEOUT_S,
        cwd=ROOT,
    ):
        yield url
    print(f"streamlit log (tail):\n{log_path.read_text()[-2000:]}")


@pytest.fixture
def driver(tmp_path: Path) -> Iterator[Any]:
    """Headless Debian Chromium through Debian's chromedriver, with a fresh profile."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _require("selenium is not installed (pip install -e '.[dev]')")
    for binary in (CHROMIUM, CHROMEDRIVER):
        if not (Path(binary).is_file() and os.access(binary, os.X_OK)):
            _require(f"{binary} is missing (apt-get install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--window-size=1400,1000",
        "--lang=tr-TR",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
    ):
        options.add_argument(flag)
    service = Service(executable_path=CHROMEDRIVER, log_output=str(tmp_path / "chromedriver.log"))
    browser = webdriver.Chrome(service=service, options=options)
    try:
        yield browser
    finally:
        browser.quit()


# ── driving Streamlit ────────────────────────────────────────────────────────────────────────────────


@dataclass
class App:
    """Helpers for a Streamlit page in Selenium: Streamlit reruns asynchronously, so every step waits."""

    driver: Any
    shots: Path
    started: float = field(default_factory=time.monotonic)

    def wait(self, condition: Callable[[Any], Any], what: str, timeout: float = WAIT_S) -> Any:
        from selenium.common.exceptions import StaleElementReferenceException, TimeoutException
        from selenium.webdriver.support.ui import WebDriverWait

        try:
            return WebDriverWait(self.driver, timeout, ignored_exceptions=[StaleElementReferenceException]).until(
                condition
            )
        except TimeoutException:
            self.screenshot("timeout")
            body = self.driver.find_element("tag name", "body").text
            pytest.fail(f"timed out waiting for {what}; the page says:\n{body[:3000]}")

    def visible(self, xpath: str, what: str) -> Any:
        from selenium.webdriver.support import expected_conditions as ec

        return self.wait(ec.visibility_of_element_located(("xpath", xpath)), what)

    def idle(self, settle_s: float = 0.5) -> None:
        """Wait until the script run is over and stays over for `settle_s`: the app reports "notRunning" and no
        element is stale (greyed out while a rerun replaces it). A click marks the run as requested at once."""
        quiet_since: list[float] = []

        def done(driver: Any) -> bool:
            state = driver.find_element("css selector", '[data-testid="stApp"]').get_attribute("data-test-script-state")
            busy = state != "notRunning" or driver.find_elements("css selector", '[data-stale="true"]')
            if busy:
                quiet_since.clear()
                return False
            quiet_since.append(time.monotonic())
            return quiet_since[-1] - quiet_since[0] >= settle_s

        self.wait(done, "the app to finish its run")

    def text(self, text: str) -> Any:
        return self.visible(f"//*[contains(normalize-space(.), {_xpath_literal(text)}) and not(*)]", repr(text))

    def button(self, label: str) -> Any:
        from selenium.webdriver.support import expected_conditions as ec

        xpath = f"//button[.//*[normalize-space(text())={_xpath_literal(label)}]]"
        return self.wait(ec.element_to_be_clickable(("xpath", xpath)), f"the button {label!r}")

    def click(self, element: Any) -> None:
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
        element.click()

    def type_into(self, label: str, value: str) -> None:
        from selenium.webdriver.common.keys import Keys

        entry = self.visible(f"//input[@aria-label={_xpath_literal(label)}]", f"the input {label!r}")
        # Select and delete rather than clear(): React keeps its own copy of the value and ignores clear().
        entry.send_keys(Keys.CONTROL, "a")
        entry.send_keys(Keys.DELETE)
        entry.send_keys(value)
        self.wait(lambda _: entry.get_attribute("value") == value, f"{label!r} to read {value!r}")

    def choose(self, label: str, option: str) -> str:
        """Pick the option of a Streamlit selectbox that contains `option` and return the option's text.

        Streamlit 1.67's selectbox is a react-aria combobox: typing into it filters a listbox of options.
        """
        from selenium.webdriver.common.keys import Keys

        box = self.visible(
            f"//input[@role='combobox'][@aria-label={_xpath_literal(label)}]", f"the selectbox {label!r}"
        )
        self.click(box)
        box.send_keys(Keys.CONTROL, "a")
        box.send_keys(option)
        item = self.visible(
            f"//*[@role='option'][contains(normalize-space(.), {_xpath_literal(option)})]", f"the option {option!r}"
        )
        chosen = item.text.strip()
        item.click()
        self.wait(lambda _: box.get_attribute("value") == chosen, f"{label!r} to show {chosen!r}")
        self.idle()
        return chosen

    def open_page(self, title: str) -> None:
        """Open a page through the sidebar navigation, as a user does."""
        link = f"//*[@data-testid='stSidebarNav']//a[.//*[normalize-space(text())={_xpath_literal(title)}]]"
        self.click(self.visible(link, f"the navigation link {title!r}"))
        self.visible(f"{link}[@aria-current='page']", f"{title!r} to be the current page")
        self.idle()
        self.visible(f"//*[@data-testid='stMain']//h1[starts-with(normalize-space(.), {_xpath_literal(title)})]", title)

    def assert_no_exception(self, page: str) -> None:
        errors = self.driver.find_elements("css selector", '[data-testid="stException"]')
        if errors:
            self.screenshot(f"{page}-exception")
            pytest.fail(f"the {page} page shows an exception:\n{errors[0].text[:3000]}")

    def screenshot(self, name: str) -> Path:
        """Save the whole page: the window grows to the height of Streamlit's scrolling main area first."""
        size = self.driver.get_window_size()
        height = self.driver.execute_script(
            "const m = document.querySelector('[data-testid=\"stMain\"]');"
            "return Math.max(m ? m.scrollHeight : 0, document.body.scrollHeight);"
        )
        self.driver.set_window_size(size["width"], min(max(int(height) + 120, size["height"]), 6000))
        time.sleep(0.3)  # the layout settles after the resize
        path = self.shots / f"{name}.png"
        self.driver.save_screenshot(str(path))
        self.driver.set_window_size(size["width"], size["height"])
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, SCREENSHOTS / path.name)  # right away, so a failing run leaves its pictures too
        print(f"{time.monotonic() - self.started:6.1f} s  screenshot {path.name}")
        return path


def _xpath_literal(text: str) -> str:
    if "'" not in text:
        return f"'{text}'"
    assert '"' not in text, text  # XPath 1.0 has no escapes; no label here has both kinds of quotes
    return f'"{text}"'


def _corrections(engine: Engine, name: str) -> list[Correction]:
    with Session(engine) as session:
        return list(session.exec(select(Correction).where(Correction.field == name).order_by(Correction.id)))


def _until(condition: Callable[[], Any], what: str, timeout: float = WAIT_S) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := condition():
            return result
        time.sleep(0.2)
    pytest.fail(f"timed out waiting for {what}")


# ── the test ─────────────────────────────────────────────────────────────────────────────────────────


def test_sign_in_visit_every_page_approve_and_correct(
    driver: Any, app_db: Engine, app_url: str, tmp_path: Path
) -> None:
    """The browser comes first among the fixtures: without one the test skips before the app starts."""
    shots = tmp_path / "screenshots"
    shots.mkdir()
    for old in SCREENSHOTS.glob("*.png"):  # the folder shows the latest run only
        old.unlink()
    app = App(driver, shots)
    driver.get(app_url)

    # Sign in through the form; a wrong password is refused first.
    app.button(SIGN_IN)
    app.screenshot("01-sign-in")
    app.type_into(USERNAME_LABEL, ADMIN)
    app.type_into(PASSWORD_LABEL, "not-the-password")
    app.click(app.button(SIGN_IN))
    app.text("Kullanıcı adı veya parola hatalı.")
    app.type_into(PASSWORD_LABEL, PASSWORD)
    app.click(app.button(SIGN_IN))
    app.text(ADMIN_NAME)
    app.idle()
    app.assert_no_exception("start")

    # The review queue: approve one draft, then correct the intent of the next one.
    app.open_page(PAGE_TITLES["queue"])
    app.assert_no_exception("queue")
    app.screenshot("02-queue")
    # The fake model's drafts are low-confidence: Approve waits for the tick, then Alt+A approves.
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    approve_xpath = f"//button[.//*[normalize-space(text())={_xpath_literal(APPROVE)}]]"
    assert not driver.find_element("xpath", approve_xpath).is_enabled()
    app.click(app.visible(f"//label[.//*[normalize-space(text())={_xpath_literal(CONFIRM)}]]", "the confirmation"))
    app.button(APPROVE)  # enabled now
    app.idle()
    ActionChains(driver).key_down(Keys.ALT).send_keys("a").key_up(Keys.ALT).perform()
    [approved] = _until(lambda: _corrections(app_db, "approve"), "the approval to reach the database")
    app.idle()
    app.assert_no_exception("queue")
    app.screenshot("03-queue-after-approve")

    admin_id = _admin_id(app_db)
    with Session(app_db) as session:
        assert session.get(Ticket, approved.ticket_id).status == "approved"
        drafted = session.exec(select(Ticket.id).where(Ticket.status == DRAFTED)).all()
        intents = {d.ticket_id: d.intent for d in session.exec(select(Draft))}
    assert len(drafted) == N_TICKETS - 1 and approved.ticket_id not in drafted
    assert approved.user_id == admin_id and approved.source == "app" and approved.after["intent"]

    # Correct to an intent no draft has, so the option picked is surely not the one already chosen.
    target = next(i for i in ("sikayet", "tesekkur", "fiyat_sor") if i not in intents.values())
    chosen = app.choose(INTENT_LABEL, f"· {target}")
    assert chosen.endswith(f"· {target}"), chosen
    app.click(app.button(CORRECT_INTENT))
    [corrected] = _until(lambda: _corrections(app_db, "intent"), "the intent correction to reach the database")
    app.idle()
    app.assert_no_exception("queue")
    app.screenshot("04-queue-after-correct")
    assert corrected.after == target and corrected.before == intents[corrected.ticket_id] != target
    assert corrected.ticket_id != approved.ticket_id and corrected.user_id == admin_id

    # An entity picked by clicking its first and last word in the message (the token pills).
    pills = "//*[@data-testid='stButtonGroup']//button"
    words = app.wait(lambda d: d.find_elements("xpath", pills)[:2] or None, "the message's word buttons")
    picked = [word.text.strip() for word in words]
    for word in words:
        app.click(word)
        app.idle()
    app.text("Seçilen metin (selected text)")
    app.choose("Seçilenin türü (type of the selection)", "(product)")  # any words can name a product
    app.screenshot("05-queue-pick-words")
    app.click(app.button(ADD_SELECTION))
    spans = _until(lambda: _corrections(app_db, "entities"), "the added entity to reach the database")
    app.idle()
    app.assert_no_exception("queue")
    added = [e for e in spans[-1].after if e not in (spans[-1].before or [])]
    assert len(added) == 1 and added[0]["value"].startswith(picked[0]) and added[0]["value"].endswith(picked[1])
    # The ticket view shows the corrected intent after the rerun.
    app.visible(f"//p[starts-with(normalize-space(.), 'Niyet (intent):')][.//code[text()='{target}']]", target)

    # Every other page opens for the admin without an error.
    for n, page in enumerate(("workbench", "cockpit", "users"), start=5):
        app.open_page(PAGE_TITLES[page])
        app.assert_no_exception(page)
        app.screenshot(f"{n:02d}-{page}")

    # A browser reload keeps the user signed in and on the same page (the session token in the address).
    driver.refresh()
    app.visible(f"//*[@data-testid='stMain']//h1[starts-with(normalize-space(.), '{PAGE_TITLES['users']}')]", "users")
    app.text(ADMIN_NAME)
    app.idle()
    app.assert_no_exception("users after a reload")
    # Signing out ends the token: the same address shows the sign-in form after a reload.
    app.click(app.button(SIGN_OUT))
    app.button(SIGN_IN)
    driver.refresh()
    app.button(SIGN_IN)
    assert not driver.find_elements("xpath", f"//*[contains(normalize-space(.), '{ADMIN_NAME}') and not(*)]")
    print(f"screenshots in {shots} and {SCREENSHOTS}")
