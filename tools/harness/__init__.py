"""The kill-anywhere harness: a scripted ward session replayed in a child process that is
killed with SIGKILL at random points, and the checks that every kill leaves a sound record.

``python -m tools.harness kill-anywhere --kills N [--seed S] --dir PATH``
"""
