# The ids that `plugboard-cli list --json` or `providers --json` prints:
# asked only when one is being completed. Both read files, not the keyring.
_plugboard_cli_ids() {
    "$1" "$2" --json 2>/dev/null | sed -n 's/^        "id": "\([^"]*\)",\{0,1\}$/\1/p'
}

# _plugboard_cli_reply KIND CLI CURRENT: fills COMPREPLY.
_plugboard_cli_reply() {
    local kind=$1 cli=$2 cur=$3
    case $kind in
        connection) mapfile -t COMPREPLY < <(compgen -W "$(_plugboard_cli_ids "$cli" list)" -- "$cur") ;;
        platform) mapfile -t COMPREPLY < <(compgen -W "$(_plugboard_cli_ids "$cli" providers)" -- "$cur") ;;
        file)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            ;;
        words:*) mapfile -t COMPREPLY < <(compgen -W "${kind#words:}" -- "$cur") ;;
        *) COMPREPLY=() ;;
    esac
}

_plugboard_cli() {
    local cur words cword
    COMPREPLY=()
    # bash-completion, when installed, keeps "--since=7d" and "github/a:b"
    # whole; plain bash splits them at = and :.
    if declare -F _get_comp_words_by_ref >/dev/null; then
        _get_comp_words_by_ref -n =: cur words cword
    else
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
        cur=${words[cword]}
    fi
    local cli=${words[0]}
    if [ "$cword" -le 1 ]; then
        if [[ $cur == -* ]]; then
            mapfile -t COMPREPLY < <(compgen -W "--help --version" -- "$cur")
        else
            mapfile -t COMPREPLY < <(compgen -W "$_plugboard_cli_commands" -- "$cur")
        fi
        return 0
    fi
    local command=${words[1]} option=${words[cword - 1]} kind
    if [[ $cur == --*=* ]]; then
        # --since=7d as one word (bash-completion): the value after the sign.
        option=${cur%%=*}
        cur=${cur#*=}
    elif [[ $option == = && $cword -ge 3 ]]; then
        # Plain bash splits at the sign: "--since" "=" "7d".
        option=${words[cword - 2]}
    fi
    kind=$(_plugboard_cli_value "$command $option")
    if [[ $option == -* && -n $kind ]]; then
        _plugboard_cli_reply "$kind" "$cli" "$cur"
    elif [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_plugboard_cli_options "$command")" -- "$cur")
    else
        # Which argument this is: the words since the command that are
        # neither options nor an option's value (with its sign, if split).
        local i index=0
        for ((i = 2; i < cword; i++)); do
            if [[ ${words[i]} == -* ]]; then
                if [[ ${words[i]} != *=* && -n $(_plugboard_cli_value "$command ${words[i]}") ]]; then
                    i=$((i + 1))
                    [[ ${words[i]} == = ]] && i=$((i + 1))
                fi
                continue
            fi
            index=$((index + 1))
        done
        _plugboard_cli_reply "$(_plugboard_cli_positional "$command $index")" "$cli" "$cur"
    fi
    declare -F __ltrim_colon_completions >/dev/null && __ltrim_colon_completions "$cur"
    return 0
}
complete -F _plugboard_cli plugboard-cli
